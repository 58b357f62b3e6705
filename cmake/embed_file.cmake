# coprod_embed_file(TARGET_SOURCE_VAR INPUT SYMBOL)
# Generates a .cpp file that defines `std::string_view coprod::embedded::SYMBOL()`
# holding the bytes of INPUT, so data files (the framework, the schemas) are
# part of the binary and still readable files in the source tree.
function(coprod_embed_file out_var input symbol)
  set(output "${CMAKE_CURRENT_BINARY_DIR}/embedded/${symbol}.cpp")
  add_custom_command(
    OUTPUT "${output}"
    COMMAND ${CMAKE_COMMAND} -DINPUT=${input} -DOUTPUT=${output} -DSYMBOL=${symbol}
            -P "${PROJECT_SOURCE_DIR}/cmake/embed_file_run.cmake"
    DEPENDS "${input}" "${PROJECT_SOURCE_DIR}/cmake/embed_file_run.cmake"
    COMMENT "Embedding ${input}"
    VERBATIM)
  set(${out_var} "${output}" PARENT_SCOPE)
endfunction()

// fmt compiled once, as fmt's own src/format.cc does for libfmt: Debian 12
// ships fmt's headers and a shared libfmt.so but no static archive. Used with
// the fmt headers in their ordinary (not header-only) mode, every other file
// calls the formatting functions compiled here. Header-only mode instead
// compiled a private copy of them (float formatting included) into each of
// about fifty files: 1 MB of a 5.4 MB program (stripped), spread so widely
// that a one-file `score` touched most of it at start-up (ARCHITECTURE.md,
// "Start-up"). The instantiations are those of fmt 9's own format.cc; CMake
// uses fmt's header-only mode instead with any other version of fmt.

#include <fmt/format-inl.h>

static_assert(FMT_VERSION / 10000 == 9, "src/fmt_library.cpp instantiates fmt 9's functions");

FMT_BEGIN_NAMESPACE
namespace detail {

template FMT_API auto dragonbox::to_decimal(float x) noexcept -> dragonbox::decimal_fp<float>;
template FMT_API auto dragonbox::to_decimal(double x) noexcept -> dragonbox::decimal_fp<double>;

#ifndef FMT_STATIC_THOUSANDS_SEPARATOR
template FMT_API locale_ref::locale_ref(const std::locale& loc);
template FMT_API auto locale_ref::get<std::locale>() const -> std::locale;
#endif

template FMT_API auto thousands_sep_impl(locale_ref) -> thousands_sep_result<char>;
template FMT_API auto decimal_point_impl(locale_ref) -> char;
template FMT_API void buffer<char>::append(const char*, const char*);
template FMT_API void vformat_to(buffer<char>&, string_view, basic_format_args<FMT_BUFFER_CONTEXT(char)>, locale_ref);

template FMT_API auto thousands_sep_impl(locale_ref) -> thousands_sep_result<wchar_t>;
template FMT_API auto decimal_point_impl(locale_ref) -> wchar_t;
template FMT_API void buffer<wchar_t>::append(const wchar_t*, const wchar_t*);

}  // namespace detail
FMT_END_NAMESPACE

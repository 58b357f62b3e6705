#pragma once
// A Workbook as a string and back, so that coprod can hand it to the workbook
// writer program (coprod-xlsx) on its standard input. No I/O here.
//
// The encoding is text made only of fields. A field is its length in bytes
// (decimal digits), a colon, that many bytes, and a line break:
//
//     5:Notes\n
//
// so a field may hold any bytes, line breaks included, and a field with no
// line break in it reads as one line. Numbers are fields holding decimal text:
// counts and positions as whole numbers, widths, heights and cell values as
// the shortest text that reads back as the same double. The fields, in order:
//
//     workbook  = "coprod-workbook/3" title subject page_header created_seconds
//                 sheet-count sheet...
//     sheet     = name width-count width... height-count height...
//                 frozen_rows frozen_columns landscape ("0" or "1")
//                 heading_on_every_page ("0" or "1")
//                 print_scale (per cent; "0": one page wide) break-count break...
//                 row-break-count row-break...
//                 span-count (row column last_column)... row-count row... chart
//     row       = cell-count cell...
//     cell      = kind style [text | number]   kind: "blank", "text" or "number";
//                                               style: a CellStyle's name
//     chart     = "none" | "radar" title data_sheet first_row last_row
//                 category_column series-count (name column marker_size)...
//                 anchor_row anchor_column
//
// Decoding checks every length and count against what is left of the input,
// so malformed or cut-short input gives an error, never a crash or a huge
// allocation.

#include <string>
#include <string_view>

#include "render/workbook.hpp"
#include "util/result.hpp"

namespace coprod::render {

std::string encode_workbook(const Workbook& workbook);

// The workbook, or one error saying where the input stops making sense.
util::Result<Workbook> decode_workbook(std::string_view encoded);

}  // namespace coprod::render

// Small but real PDF documents for the demo data (one page of text, valid xref table).
#pragma once
#include <string>
#include <vector>

namespace minside::cli {

std::string make_pdf(const std::string& title, const std::vector<std::string>& lines);

}  // namespace minside::cli

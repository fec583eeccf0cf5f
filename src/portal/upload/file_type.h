// The file types a citizen may upload, recognised by their content. The name and the
// browser's Content-Type are chosen by the sender, so they never decide the type.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace minside::upload {

enum class FileType { pdf, jpeg, png, heic, docx };

const char* mime_type(FileType);
const char* extension(FileType);  // without the dot: "pdf", "jpg", "png", "heic", "docx"

// The names used in the configuration ("pdf", "jpeg", "png", "heic", "docx"), else nullopt.
std::optional<FileType> parse_file_type(const std::string& name);

// The type of `data` judged by its content only (never the name or the browser's
// Content-Type), or nullopt when it is none of the allowed ones. Executables and scripts
// are refused whatever follows their magic, and so are the known image/PDF + ZIP polyglots.
std::optional<FileType> sniff(std::string_view data, const std::vector<FileType>& allowed);

}  // namespace minside::upload

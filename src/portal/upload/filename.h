// Names of uploaded files as the citizen gave them, made safe to show and to send back in
// Content-Disposition. The name is never used as a path on disk: storage is content-
// addressed (file_store.h), so the name is only ever text for people and browsers.
#pragma once
#include <string>

namespace minside::upload {

// A name safe to show and to use in Content-Disposition: the last path component only
// (both / and \), control characters (C0, DEL, C1) and bidi controls removed, invalid
// UTF-8 replaced by '_', leading dots and spaces trimmed, <>:"|?* replaced by '_', at most
// 120 bytes without cutting a UTF-8 sequence (the extension kept), and the extension
// forced to `ext` ("x.exe" with ext "pdf" → "x.pdf"). An empty result becomes
// "dokument." + ext. `ext` is ours (upload::extension), never the sender's.
std::string sanitize_filename(const std::string& raw, const std::string& ext);

// RFC 6266 / RFC 5987 header value: attachment; filename="<ASCII fallback>";
// filename*=UTF-8''<percent-encoded>. Safe for any input (no CR/LF or quote can escape).
std::string content_disposition_attachment(const std::string& filename);

}  // namespace minside::upload

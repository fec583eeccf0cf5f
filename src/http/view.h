// Renders a page: the shared layout (tmpl/layout.tpl) around one body template,
// with the request's message catalog and language switch filled in.
#pragma once
#include <ctemplate/template.h>

#include <memory>
#include <string>

#include "http/app.h"
#include "http/response.h"

namespace minside::http {

class Page {
public:
    // body_template is relative to the template root, e.g. "pages/front.tpl";
    // "{lang}" in it is replaced by the request's language.
    Page(Context& ctx, const std::string& body_template, const std::string& title_key);
    ctemplate::TemplateDictionary& body() { return *body_; }
    ctemplate::TemplateDictionary& layout() { return root_; }
    Response render(int status = 200);

private:
    Context& ctx_;
    ctemplate::TemplateDictionary root_;
    ctemplate::TemplateDictionary* body_;
};

// Expands `name` into a string; throws std::runtime_error if ctemplate fails
// (it may have written partial output, which is then thrown away).
std::string expand(const std::string& name, const ctemplate::TemplateDictionary& dict);

// Loads (or reloads) every template under `dir` into ctemplate's cache. Called by the
// master before it forks so workers share the parsed templates.
void load_templates(const std::string& dir);

}  // namespace minside::http

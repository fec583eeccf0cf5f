#include "http/view.h"

#include <dirent.h>
#include <sys/stat.h>

#include <stdexcept>

#include "core/strings.h"

namespace minside::http {
namespace {

std::string replace_lang(std::string name, const std::string& lang) {
    auto p = name.find("{lang}");
    if (p != std::string::npos) name.replace(p, 6, lang);
    return name;
}

void fill_language_switch(ctemplate::TemplateDictionary& root, const Context& ctx) {
    for (const auto& lang : supported_languages()) {
        if (lang == ctx.lang) continue;
        auto* d = root.AddSectionDictionary("OTHER_LANGUAGE");
        d->SetValue("code", lang);
        d->SetValue("name", ctx.msg.at("language_name_" + lang));
        std::string back = ctx.req.path;
        if (!ctx.req.query_string.empty()) back += "?" + ctx.req.query_string;
        d->SetValue("href", "/sprak?lang=" + lang + "&tilbake=" + url_encode(back));
    }
}

void collect_templates(const std::string& root, const std::string& rel, std::vector<std::string>& out) {
    DIR* d = opendir((root + "/" + rel).c_str());
    if (!d) return;
    while (dirent* e = readdir(d)) {
        std::string name = e->d_name;
        if (name == "." || name == "..") continue;
        std::string child = rel.empty() ? name : rel + "/" + name;
        struct stat st;
        if (stat((root + "/" + child).c_str(), &st) != 0) continue;
        if (S_ISDIR(st.st_mode)) collect_templates(root, child, out);
        else if (ends_with(name, ".tpl")) out.push_back(child);
    }
    closedir(d);
}

}  // namespace

Page::Page(Context& ctx, const std::string& body_template, const std::string& title_key)
    : ctx_(ctx), root_("layout") {
    // Template-global values reach the included body too (plain values would not).
    // The catalog outlives every request, so its strings need not be copied.
    for (const auto& [key, text] : ctx.msg) root_.SetTemplateGlobalValueWithoutCopy(key, text);
    root_.SetTemplateGlobalValue("lang", ctx.lang);
    root_.SetValue("page_title", ctx.msg.at(title_key));
    fill_language_switch(root_, ctx);
    if (!ctx.csrf_token.empty()) {
        root_.ShowSection("LOGGED_IN");
        root_.SetTemplateGlobalValue("csrf", ctx.csrf_token);  // the body's forms need it too
    }
    if (ctx.req.site == Site::internal) root_.ShowSection("INTERNAL_SITE");
    else root_.ShowSection("CITIZEN_SITE");
    body_ = root_.AddIncludeDictionary("BODY");
    body_->SetFilename(replace_lang(body_template, ctx.lang));
}

Response Page::render(int status) {
    Response r;
    r.status = status;
    r.set_header("Content-Type", "text/html; charset=utf-8");
    r.body = expand("layout.tpl", root_);
    return r;
}

std::string expand(const std::string& name, const ctemplate::TemplateDictionary& dict) {
    std::string out;
    if (!ctemplate::ExpandTemplate(name, ctemplate::STRIP_BLANK_LINES, &dict, &out))
        throw std::runtime_error("template expansion failed: " + name);
    return out;
}

void load_templates(const std::string& dir) {
    auto* cache = ctemplate::mutable_default_template_cache();
    cache->SetTemplateRootDirectory(dir);
    cache->ReloadAllIfChanged(ctemplate::TemplateCache::IMMEDIATE_RELOAD);
    std::vector<std::string> names;
    collect_templates(dir, "", names);
    if (names.empty()) throw std::runtime_error("no templates found in " + dir);
    for (const auto& n : names)
        if (!cache->LoadTemplate(n, ctemplate::STRIP_BLANK_LINES))
            throw std::runtime_error("template does not parse: " + dir + "/" + n);
}

}  // namespace minside::http

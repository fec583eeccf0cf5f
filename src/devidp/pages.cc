#include "devidp/pages.h"

#include <ctemplate/template.h>

#include <map>
#include <stdexcept>

#include "devidp/checks.h"

namespace minside::devidp {
namespace {

using Catalog = std::map<std::string, std::string>;

const Catalog& nb() {
    static const Catalog c = {
        {"title", "ID-porten (lokal testversjon)"},
        {"notice", "Dette er en lokal etterligning av ID-porten for utvikling og test. Her skjer ingen ekte innlogging."},
        {"intro", "Du logger inn på tjenesten"},
        {"level_text", "Tjenesten krever sikkerhetsnivå"},
        {"idporten-loa-substantial", "betydelig"},
        {"idporten-loa-high", "høyt"},
        {"person_legend", "Velg en testperson"},
        {"other_legend", "Eller skriv inn en annen person (går foran valget over)"},
        {"pid_label", "Fødselsnummer"},
        {"pid_hint", "11 siffer"},
        {"name_label", "Navn"},
        {"eid_legend", "Velg elektronisk ID"},
        {"login", "Logg inn"},
        {"cancel", "Avbryt"},
        {"err_no_person", "Velg en testperson eller skriv inn et fødselsnummer."},
        {"err_pid", "Fødselsnummeret må være 11 siffer."},
        {"err_eid", "Velg en elektronisk ID."},
        {"err_level", "Den valgte elektroniske ID-en gir ikke høyt nok sikkerhetsnivå for denne tjenesten. Velg BankID, Buypass eller Commfides."},
        {"err_action", "Velg «Logg inn» eller «Avbryt»."},
        {"error_title", "Feil – ID-porten (lokal testversjon)"},
        {"error_heading", "Noe gikk galt"},
        {"error_notice", "Gå tilbake til tjenesten og prøv igjen."},
        {"err_client", "Ukjent klient (client_id)."},
        {"err_redirect_uri", "redirect_uri er ikke registrert for denne klienten."},
        {"err_request", "Innloggingsforespørselen finnes ikke eller er utløpt."},
        {"err_hint", "id_token_hint er ikke et gyldig ID-token fra denne ID-porten."},
        {"err_post_logout", "post_logout_redirect_uri er ikke registrert for klienten."},
        {"err_post_logout_client", "post_logout_redirect_uri krever id_token_hint eller client_id."},
        {"err_not_found", "Siden finnes ikke."},
        {"logout_title", "Du er logget ut – ID-porten (lokal testversjon)"},
        {"logout_heading", "Du er logget ut"},
        {"logout_text", "Du er nå logget ut av ID-porten og av tjenestene du brukte."},
        {"continue", "Fortsett"},
        {"frame_title", "Utlogging fra"},
    };
    return c;
}

const Catalog& en() {
    static const Catalog c = {
        {"title", "ID-porten (local test version)"},
        {"notice", "This is a local imitation of ID-porten for development and testing. No real authentication happens here."},
        {"intro", "You are logging in to the service"},
        {"level_text", "The service requires the level of assurance"},
        {"idporten-loa-substantial", "substantial"},
        {"idporten-loa-high", "high"},
        {"person_legend", "Choose a test person"},
        {"other_legend", "Or enter another person (takes precedence over the choice above)"},
        {"pid_label", "National identity number"},
        {"pid_hint", "11 digits"},
        {"name_label", "Name"},
        {"eid_legend", "Choose an electronic ID"},
        {"login", "Log in"},
        {"cancel", "Cancel"},
        {"err_no_person", "Choose a test person or enter a national identity number."},
        {"err_pid", "The national identity number must be 11 digits."},
        {"err_eid", "Choose an electronic ID."},
        {"err_level", "The electronic ID you chose does not give a high enough level of assurance for this service. Choose BankID, Buypass or Commfides."},
        {"err_action", "Choose “Log in” or “Cancel”."},
        {"error_title", "Error – ID-porten (local test version)"},
        {"error_heading", "Something went wrong"},
        {"error_notice", "Go back to the service and try again."},
        {"err_client", "Unknown client (client_id)."},
        {"err_redirect_uri", "redirect_uri is not registered for this client."},
        {"err_request", "The login request does not exist or has expired."},
        {"err_hint", "id_token_hint is not a valid ID token from this ID-porten."},
        {"err_post_logout", "post_logout_redirect_uri is not registered for the client."},
        {"err_post_logout_client", "post_logout_redirect_uri needs id_token_hint or client_id."},
        {"err_not_found", "The page does not exist."},
        {"logout_title", "You are logged out – ID-porten (local test version)"},
        {"logout_heading", "You are logged out"},
        {"logout_text", "You are now logged out of ID-porten and of the services you used."},
        {"continue", "Continue"},
        {"frame_title", "Logging out of"},
    };
    return c;
}

std::string expand(const std::string& name, const ctemplate::TemplateDictionary& dict) {
    std::string out;
    if (!ctemplate::ExpandTemplate(name, ctemplate::STRIP_BLANK_LINES, &dict, &out))
        throw std::runtime_error("template expansion failed: " + name);
    return out;
}

void set_texts(ctemplate::TemplateDictionary& d, const std::string& lang, std::initializer_list<const char*> keys) {
    d.SetValue("lang", lang);
    for (const char* k : keys) d.SetValue(k, text(lang, k));
}

void add_persons(ctemplate::TemplateDictionary& d, const LoginView& v) {
    if (v.persons.empty()) return;
    auto* section = d.AddSectionDictionary("PERSONS");
    section->SetValue("person_legend", text(v.lang, "person_legend"));
    int index = 0;
    for (const auto& p : v.persons) {
        auto* row = section->AddSectionDictionary("PERSON");
        row->SetIntValue("index", index++);
        row->SetValue("pid", p.pid);
        row->SetValue("name", p.name);
        if (p.pid == v.checked_person) row->ShowSection("CHECKED");
    }
}

void add_eids(ctemplate::TemplateDictionary& d, const LoginView& v) {
    for (const auto& e : eids()) {
        auto* row = d.AddSectionDictionary("EID");
        row->SetValue("id", e.id);
        row->SetValue("label", e.label);
        row->SetValue("level", text(v.lang, e.acr));
        if (e.id == v.checked_eid) row->ShowSection("CHECKED");
    }
}

}  // namespace

std::string page_language(const std::string& locale) { return locale == "en" ? "en" : "nb"; }

std::string text(const std::string& lang, const std::string& key) {
    const Catalog& c = lang == "en" ? en() : nb();
    auto it = c.find(key);
    return it == c.end() ? key : it->second;
}

void init_templates(const std::string& dir) {
    auto* cache = ctemplate::mutable_default_template_cache();
    cache->SetTemplateRootDirectory(dir);
    for (const char* name : {"devidp/login.tpl", "devidp/error.tpl", "devidp/logout.tpl"})
        if (!cache->LoadTemplate(name, ctemplate::STRIP_BLANK_LINES))
            throw std::runtime_error(std::string("cannot load template ") + dir + "/" + name);
}

std::string render_login(const LoginView& v) {
    ctemplate::TemplateDictionary d("devidp/login");
    set_texts(d, v.lang, {"title", "notice", "intro", "level_text", "other_legend", "pid_label", "pid_hint",
                          "name_label", "eid_legend", "login", "cancel"});
    d.SetValue("heading", text(v.lang, "title"));
    d.SetValue("action", v.action);
    d.SetValue("request_id", v.request_id);
    d.SetValue("client_id", v.client_id);
    d.SetValue("level", text(v.lang, v.level));
    d.SetValue("pid_value", v.pid_value);
    d.SetValue("name_value", v.name_value);
    if (!v.error.empty()) d.SetValueAndShowSection("message", text(v.lang, v.error), "ERROR");
    add_persons(d, v);
    add_eids(d, v);
    return expand("devidp/login.tpl", d);
}

std::string render_error(const std::string& lang, const std::string& message_key) {
    ctemplate::TemplateDictionary d("devidp/error");
    set_texts(d, lang, {});
    d.SetValue("title", text(lang, "error_title"));
    d.SetValue("heading", text(lang, "error_heading"));
    d.SetValue("notice", text(lang, "error_notice"));
    d.SetValue("message", text(lang, message_key));
    return expand("devidp/error.tpl", d);
}

std::string render_logout(const LogoutView& v) {
    ctemplate::TemplateDictionary d("devidp/logout");
    set_texts(d, v.lang, {"continue"});
    d.SetValue("title", text(v.lang, "logout_title"));
    d.SetValue("heading", text(v.lang, "logout_heading"));
    d.SetValue("text", text(v.lang, "logout_text"));
    if (!v.continue_url.empty()) {
        d.SetValueAndShowSection("url", v.continue_url, "REFRESH");
        d.SetValueAndShowSection("url", v.continue_url, "CONTINUE");
    }
    for (const auto& f : v.frames) {
        auto* row = d.AddSectionDictionary("FRAME");
        row->SetValue("src", f.src);
        row->SetValue("frame_title", text(v.lang, "frame_title") + " " + f.client_id);
    }
    return expand("devidp/logout.tpl", d);
}

}  // namespace minside::devidp

{{%AUTOESCAPE context="HTML"}}
<h1>{{profile_title}}</h1>
<dl class="facts">
  <dt>{{profile_name}}</dt><dd>{{person_name}}</dd>
  <dt>{{profile_language}}</dt><dd>{{language_name}}</dd>
</dl>
<h2>{{profile_notices_heading}}</h2>
{{#PRIVATE}}<p>{{profile_notices_private}}</p>{{/PRIVATE}}
{{#LAWYER}}
<p>{{profile_notices_lawyer}}</p>
{{#EMAIL_ERROR}}<p class="error" role="alert" id="epost-feil">{{profile_email_invalid}}</p>{{/EMAIL_ERROR}}
<form method="post" action="/profil/epost">
  <input type="hidden" name="csrf" value="{{csrf}}">
  <p><label for="epost">{{profile_email_label}}</label><br>
  <input type="email" id="epost" name="epost" value="{{email}}" autocomplete="email" required maxlength="254"></p>
  <p><button type="submit">{{profile_email_save}}</button></p>
</form>
{{/LAWYER}}
{{#EMAIL_SAVED}}<p class="notice" role="status">{{profile_email_saved}}</p>{{/EMAIL_SAVED}}
<p><a href="/profil/innsyn">{{innsyn_link}}</a></p>
<h2>{{profile_consent_heading}}</h2>
<p>{{profile_consent_given}} {{consent_since}} ({{profile_consent_version}} {{consent_version}}).</p>
<p>{{profile_consent_withdraw_text}}</p>
<form method="post" action="/profil/samtykke">
  <input type="hidden" name="csrf" value="{{csrf}}">
  <p><button type="submit" class="secondary">{{profile_consent_withdraw}}</button></p>
</form>

{{%AUTOESCAPE context="HTML"}}
<h1>{{cases_title}}</h1>
<p>{{cases_logged_in_as}} {{person_name}} · <a href="/profil">{{profile_title}}</a></p>
{{#CASE}}
<section class="case">
  <h2><a href="{{href}}">{{cases_case_no}} {{case_no}}</a></h2>
  {{#CLIENT}}<p>{{cases_client}} {{client_name}}</p>{{/CLIENT}}
  <p>{{status_text}} · {{role_text}}</p>
</section>
{{/CASE}}

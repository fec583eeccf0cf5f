{{%AUTOESCAPE context="HTML"}}
<h1>{{cases_title}}</h1>
<p>{{cases_logged_in_as}} {{person_name}}</p>
{{#CASE}}
<section class="case">
  <h2>{{cases_case_no}} {{case_no}}</h2>
  <p>{{status_text}} · {{role_text}}</p>
</section>
{{/CASE}}

{{%AUTOESCAPE context="HTML"}}
{{#NOTICE}}<div class="notice" role="status"><p>{{text}}</p></div>{{/NOTICE}}
<h1>{{front_title}}</h1>
<p class="lead">{{front_lead}}</p>
<p class="pilot">{{front_pilot}}</p>
<h2>{{front_what_heading}}</h2>
<ul>
  <li>{{front_what_follow}}</li>
  <li>{{front_what_read}}</li>
  <li>{{front_what_upload}}</li>
  <li>{{front_what_comment}}</li>
  <li>{{front_what_receipt}}</li>
</ul>
<p>{{front_not_affect}}</p>
<h2>{{front_login_heading}}</h2>
<p>{{front_login_text}}</p>
{{#SIGNED_IN}}<p><a class="button" href="/saker">{{cases_title}}</a></p>{{/SIGNED_IN}}
{{#ANONYMOUS}}<p><a class="button" href="/logg-inn">{{front_login_button}}</a></p>{{/ANONYMOUS}}
<p class="small">{{front_privacy_pointer}} <a href="/personvern">{{privacy_title}}</a>.</p>

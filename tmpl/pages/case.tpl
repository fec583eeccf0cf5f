{{%AUTOESCAPE context="HTML"}}
<p><a href="/saker">{{case_back}}</a></p>
<h1>{{cases_case_no}} {{case_no}}</h1>
{{#CLIENT}}<p>{{cases_client}} {{client_name}}</p>{{/CLIENT}}
<p class="lead">{{status_text}}</p>
{{#NEXT}}<p><strong>{{case_next_label}}</strong> {{text}}</p>{{/NEXT}}
{{#COMMENT_REQUEST}}
<section class="notice">
  <h2>{{comment_request_heading}}</h2>
  <p>{{title}} · {{comment_deadline_label}} {{deadline}}</p>
  {{#OPEN}}<p><a class="button" href="{{href}}">{{comment_button}}</a></p>{{/OPEN}}
  {{#CLOSED}}<p>{{comment_closed_text}}</p>{{/CLOSED}}
</section>
{{/COMMENT_REQUEST}}
<h2>{{case_documents_heading}}</h2>
<ul class="documents">
{{#DOCUMENT}}<li><a href="{{href}}">{{title}}</a> {{#NEW}}<span class="new">{{case_new}}</span>{{/NEW}}<br><span class="small">{{kind}} · {{published}} · {{size}}</span></li>{{/DOCUMENT}}
</ul>
<p><a class="button" href="{{upload_href}}">{{upload_title}}</a></p>
<h2>{{case_timeline_heading}}</h2>
<ol class="timeline">
{{#EVENT}}<li>{{when}}: {{text}} {{#NEW}}<span class="new">{{case_new}}</span>{{/NEW}}</li>{{/EVENT}}
</ol>
<h2>{{case_sent_heading}}</h2>
<ul>
{{#SUBMISSION}}<li><a href="{{href}}">{{receipt_label}} {{receipt_no}}</a> · {{kind}} · {{when}}</li>{{/SUBMISSION}}
</ul>

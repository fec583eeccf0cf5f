{{%AUTOESCAPE context="HTML"}}
<p><a href="{{case_href}}">{{case_back_to_case}} {{case_no}}</a></p>
<h1>{{comment_title}}</h1>
<p>{{comment_statement_label}} <a href="{{statement_href}}">{{statement_title}}</a></p>
<p><strong>{{comment_deadline_label}} {{deadline}}</strong></p>
{{#ERROR}}<div class="error" role="alert" id="feil"><p>{{message}}</p><p>{{detail}}</p></div>{{/ERROR}}
{{#CLOSED}}<p>{{comment_closed_text}}</p>{{#ERROR}}<p>{{comment_your_text}}</p><pre class="kept">{{text}}</pre>{{/ERROR}}{{/CLOSED}}
{{#OPEN}}
<form method="post" action="{{action}}" enctype="multipart/form-data">
  <input type="hidden" name="csrf" value="{{csrf}}">
  <p><label for="kommentar">{{comment_text_label}}</label><br>
  <textarea id="kommentar" name="kommentar" rows="10" maxlength="20000" required>{{text}}</textarea></p>
  <p><label for="filer">{{comment_files_label}}</label><br>
  <input type="file" id="filer" name="filer" multiple accept=".pdf,.jpg,.jpeg,.png,.heic,.docx"></p>
  <p class="small">{{upload_limits_files}} {{max_file_mb}} MB · {{upload_types_text}}</p>
  <p><button type="submit">{{comment_send}}</button></p>
</form>
{{/OPEN}}

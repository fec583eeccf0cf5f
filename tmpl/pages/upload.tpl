{{%AUTOESCAPE context="HTML"}}
<p><a href="{{case_href}}">{{case_back_to_case}} {{case_no}}</a></p>
<h1>{{upload_title}}</h1>
{{#ERROR}}<div class="error" role="alert" id="feil"><p>{{message}}</p><p>{{detail}}</p><p>{{upload_choose_again}}</p></div>{{/ERROR}}
<p>{{upload_intro}}</p>
<p class="small">{{upload_limits_files}} {{max_file_mb}} MB · {{upload_limits_total}} {{max_total_mb}} MB · {{upload_types_text}}</p>
<form method="post" action="{{action}}" enctype="multipart/form-data">
  <input type="hidden" name="csrf" value="{{csrf}}">
  <p><label for="filer">{{upload_files_label}}</label><br>
  <input type="file" id="filer" name="filer" multiple required accept=".pdf,.jpg,.jpeg,.png,.heic,.docx"></p>
  <p><label for="beskrivelse">{{upload_description_label}}</label><br>
  <textarea id="beskrivelse" name="beskrivelse" rows="4" maxlength="20000">{{text}}</textarea></p>
  <p>{{upload_once}}</p>
  <p><button type="submit">{{upload_button}}</button></p>
</form>

{{%AUTOESCAPE context="HTML"}}
{{#JUST_SENT}}<div class="notice" role="status"><p>{{receipt_thanks}}</p></div>{{/JUST_SENT}}
<h1>{{receipt_title}}</h1>
<dl class="facts">
  <dt>{{receipt_label}}</dt><dd>{{receipt_no}}</dd>
  <dt>{{receipt_received}}</dt><dd>{{received}}</dd>
  <dt>{{cases_case_no}}</dt><dd>{{case_no}}</dd>
  <dt>{{receipt_kind}}</dt><dd>{{kind}}</dd>
</dl>
{{#EARLIER}}<p>{{receipt_earlier}} {{count}}</p>{{/EARLIER}}
<h2>{{receipt_what_heading}}</h2>
{{#TEXT}}<h3>{{receipt_text_heading}}</h3><pre class="kept">{{text}}</pre>{{/TEXT}}
{{#FILES}}<table>
  <caption>{{receipt_files_caption}}</caption>
  <thead><tr><th scope="col">{{receipt_file_name}}</th><th scope="col">{{receipt_file_size}}</th><th scope="col">{{receipt_file_sha}}</th></tr></thead>
  <tbody>{{#FILE}}<tr><td>{{name}}</td><td>{{size}}</td><td class="hash">{{sha256}}</td></tr>{{/FILE}}</tbody>
</table>{{/FILES}}
<h2>{{receipt_next_heading}}</h2>
<p>{{receipt_next_text}}</p>
<h2>{{receipt_contact_heading}}</h2>
<p>{{receipt_contact_text}}</p>
<p class="noprint"><a href="{{case_href}}">{{case_back_to_case}} {{case_no}}</a></p>

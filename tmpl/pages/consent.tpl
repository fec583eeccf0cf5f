{{%AUTOESCAPE context="HTML"}}
<h1>{{consent_title}}</h1>
{{#WITHDRAWN}}<div class="notice" role="status"><p>{{consent_withdrawn_notice}}</p></div>{{/WITHDRAWN}}
<p>{{consent_intro}}</p>
<ul>
  <li>{{consent_item_documents}}</li>
  <li>{{channel_text}}</li>
  <li>{{consent_item_post}}</li>
  <li>{{consent_item_no_effect}}</li>
  <li>{{consent_item_withdraw}}</li>
</ul>
<p><a href="/personvern">{{consent_read_privacy}}</a></p>
<form method="post" action="/samtykke">
  <input type="hidden" name="csrf" value="{{csrf}}">
  <p class="check"><input type="checkbox" id="samtykke" name="samtykke" value="ja" required>
  <label for="samtykke">{{consent_checkbox}}</label></p>
  <p><button type="submit">{{consent_button}}</button></p>
</form>

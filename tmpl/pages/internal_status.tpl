{{%AUTOESCAPE context="HTML"}}
<h1>{{internal_title}}</h1>
<dl class="facts">
  <dt>{{internal_version}}</dt><dd>{{version}}</dd>
  <dt>{{internal_schema}}</dt><dd>{{schema_version}}</dd>
  <dt>{{internal_workers}}</dt><dd>{{workers}}</dd>
</dl>
<h2>{{internal_page_views}}</h2>
<table>
  <caption>{{internal_page_views_caption}}</caption>
  <thead><tr><th scope="col">{{internal_day}}</th><th scope="col">{{internal_page}}</th><th scope="col">{{internal_views}}</th></tr></thead>
  <tbody>{{#PAGE_VIEWS}}<tr><td>{{day}}</td><td>{{page}}</td><td>{{views}}</td></tr>{{/PAGE_VIEWS}}</tbody>
</table>

{{%AUTOESCAPE context="HTML"}}
<h1>{{internal_title}}</h1>
<dl class="facts">
  <dt>{{internal_version}}</dt><dd>{{version}}</dd>
  <dt>{{internal_schema}}</dt><dd>{{schema_version}}</dd>
  <dt>{{internal_workers}}</dt><dd>{{workers}}</dd>
</dl>

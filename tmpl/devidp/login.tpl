{{%AUTOESCAPE context="HTML"}}
<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}}</title>
</head>
<body>
<main>
<h1>{{heading}}</h1>
<p>{{notice}}</p>
<p>{{intro}} <strong>{{client_id}}</strong>. {{level_text}} <strong>{{level}}</strong>.</p>
{{#ERROR}}
<p role="alert" id="error"><strong>{{message}}</strong></p>
{{/ERROR}}
<form method="post" action="{{action}}">
<input type="hidden" name="request" value="{{request_id}}">
{{#PERSONS}}
<fieldset>
<legend>{{person_legend}}</legend>
{{#PERSON}}
<div>
<input type="radio" name="person" id="person-{{index}}" value="{{pid}}"{{#CHECKED}} checked{{/CHECKED}}>
<label for="person-{{index}}">{{name}} ({{pid}})</label>
</div>
{{/PERSON}}
</fieldset>
{{/PERSONS}}
<fieldset>
<legend>{{other_legend}}</legend>
<div>
<label for="pid">{{pid_label}}</label>
<input type="text" id="pid" name="pid" value="{{pid_value}}" inputmode="numeric" autocomplete="off" maxlength="11" aria-describedby="pid-hint">
<span id="pid-hint">{{pid_hint}}</span>
</div>
<div>
<label for="name">{{name_label}}</label>
<input type="text" id="name" name="name" value="{{name_value}}" autocomplete="off">
</div>
</fieldset>
<fieldset>
<legend>{{eid_legend}}</legend>
{{#EID}}
<div>
<input type="radio" name="eid" id="eid-{{id}}" value="{{id}}"{{#CHECKED}} checked{{/CHECKED}}>
<label for="eid-{{id}}">{{label}} ({{level}})</label>
</div>
{{/EID}}
</fieldset>
<p>
<button type="submit" name="action" value="login">{{login}}</button>
<button type="submit" name="action" value="cancel">{{cancel}}</button>
</p>
</form>
</main>
</body>
</html>

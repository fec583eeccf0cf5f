{{%AUTOESCAPE context="HTML"}}
<h1>{{duplicate_title}}</h1>
<p>{{duplicate_text}}</p>
<ul>{{#DUPLICATE}}<li>{{text}}</li>{{/DUPLICATE}}</ul>
<p><a href="{{case_href}}">{{case_back_to_case}}</a></p>

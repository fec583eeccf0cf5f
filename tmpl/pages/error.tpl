{{%AUTOESCAPE context="HTML"}}
<h1>{{error_title}}</h1>
<p>{{error_text}}</p>
<p class="small">{{error_status_label}} {{status}}</p>
<p><a href="/">{{error_back_home}}</a></p>

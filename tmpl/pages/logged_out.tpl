{{%AUTOESCAPE context="HTML"}}
<h1>{{logged_out_title}}</h1>
<p>{{logged_out_text}}</p>
<p><a class="button" href="/logg-inn">{{front_login_button}}</a></p>

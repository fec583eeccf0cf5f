{{%AUTOESCAPE context="HTML"}}
<h1>{{login_failed_title}}</h1>
<p>{{login_failed_text}}</p>
<p><a class="button" href="/logg-inn">{{login_try_again}}</a></p>
<p><a href="/">{{error_back_home}}</a></p>

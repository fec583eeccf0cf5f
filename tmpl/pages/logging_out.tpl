{{%AUTOESCAPE context="HTML"}}
<meta http-equiv="refresh" content="0;url={{end_session_url}}">
<h1>{{logging_out_title}}</h1>
<p>{{logging_out_text}}</p>
<p><a class="button" id="continue-logout" href="{{end_session_url}}">{{logging_out_continue}}</a></p>

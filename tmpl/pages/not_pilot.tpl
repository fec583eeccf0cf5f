{{%AUTOESCAPE context="HTML"}}
<h1>{{not_pilot_title}}</h1>
<p>{{not_pilot_text}}</p>
<p>{{not_pilot_contact}}</p>
<ul>
  <li><a href="mailto:post@helseklage.no">post@helseklage.no</a></li>
  <li><a href="tel:+4722993630">22 99 36 30</a></li>
</ul>
<p><a href="/">{{error_back_home}}</a></p>

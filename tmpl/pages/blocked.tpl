{{%AUTOESCAPE context="HTML"}}
<h1>{{blocked_title}}</h1>
<p>{{blocked_text}}</p>
<p>{{not_pilot_contact}}</p>
<ul>
  <li><a href="mailto:post@helseklage.no">post@helseklage.no</a></li>
  <li><a href="tel:+4722993630">22 99 36 30</a></li>
</ul>

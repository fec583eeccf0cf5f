{{%AUTOESCAPE context="HTML"}}
<p><a href="/profil">{{innsyn_back}}</a></p>
<h1>{{innsyn_title}}</h1>
<p>{{innsyn_intro}}</p>
<p>{{innsyn_retention}}</p>
<table>
  <caption>{{innsyn_caption}}</caption>
  <thead><tr><th scope="col">{{innsyn_when}}</th><th scope="col">{{innsyn_who}}</th><th scope="col">{{innsyn_what}}</th><th scope="col">{{innsyn_ip}}</th></tr></thead>
  <tbody>{{#ENTRY}}<tr><td>{{when}}</td><td>{{who}}</td><td>{{what}}</td><td>{{ip}}</td></tr>{{/ENTRY}}</tbody>
</table>
<p>{{innsyn_more}}</p>

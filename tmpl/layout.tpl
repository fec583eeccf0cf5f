{{%AUTOESCAPE context="HTML"}}
<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{page_title}} – {{site_name}}</title>
<link rel="stylesheet" href="/static/css/minside.css">
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
</head>
<body>
<a class="skip-link" href="#main">{{skip_to_content}}</a>
<header class="site-header">
  <div class="wrap">
    <a class="brand" href="/">{{#CITIZEN_SITE}}{{site_name}}{{/CITIZEN_SITE}}{{#INTERNAL_SITE}}{{internal_site_name}}{{/INTERNAL_SITE}}</a>
    <span class="agency">{{agency_name}}</span>
    {{#LOGGED_IN}}<form class="logout" method="post" action="/logg-ut"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">{{logout_button}}</button></form>{{/LOGGED_IN}}
    <nav class="language" aria-label="{{language_nav_label}}">
      <ul>{{#OTHER_LANGUAGE}}<li><a href="{{href}}" hreflang="{{code}}" lang="{{code}}">{{name}}</a></li>{{/OTHER_LANGUAGE}}</ul>
    </nav>
  </div>
</header>
<main id="main" class="wrap">
{{>BODY}}
</main>
<footer class="site-footer">
  <div class="wrap">
    <p>{{agency_name}} · {{footer_address}}</p>
    <ul>
      <li><a href="/personvern">{{privacy_title}}</a></li>
      <li><a href="/tilgjengelighet">{{accessibility_title}}</a></li>
    </ul>
  </div>
</footer>
</body>
</html>

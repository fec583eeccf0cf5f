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
<p role="alert">{{message}}</p>
<p>{{notice}}</p>
</main>
</body>
</html>

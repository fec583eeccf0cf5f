{{%AUTOESCAPE context="HTML"}}
<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{{#REFRESH}}
<meta http-equiv="refresh" content="2;url={{url}}">
{{/REFRESH}}
<title>{{title}}</title>
</head>
<body>
<main>
<h1>{{heading}}</h1>
<p>{{text}}</p>
{{#CONTINUE}}
<p><a href="{{url}}">{{continue}}</a></p>
{{/CONTINUE}}
{{#FRAME}}
<iframe src="{{src}}" title="{{frame_title}}" width="1" height="1" hidden></iframe>
{{/FRAME}}
</main>
</body>
</html>

{{%AUTOESCAPE context="HTML"}}
<h1>{{accessibility_title}}</h1>
<p class="lead">We want everyone to be able to use Min side, including people who have poor sight, use a screen reader, cannot use a mouse, or are ill and tired.</p>

<h2>What standard Min side must meet</h2>
<p>Min side aims to meet WCAG 2.1 at level A and AA. WCAG is an international standard for accessible websites.</p>
<p>Since 1 February 2023, public bodies in Norway have been required to meet this standard. The requirement is set out in the Norwegian regulation on universal design of ICT solutions (forskrift om universell utforming av IKT-løsninger).</p>

<h2>How Min side is built</h2>
<ul>
  <li>Everything works without JavaScript.</li>
  <li>The pages adapt to phones, tablets and computers, and still work when you enlarge the text.</li>
  <li>You can use a screen reader.</li>
  <li>You can do everything with the keyboard, without a mouse.</li>
  <li>You can choose Norwegian bokmål, Norwegian nynorsk or English.</li>
  <li>We try to write short, plain text.</li>
</ul>

<h2>How we test</h2>
<ul>
  <li>Every time we release a new version of Min side, the pages are checked automatically with the tool axe-core.</li>
  <li>We also test the pages ourselves using only the keyboard.</li>
</ul>

<h2>What is not good enough yet</h2>
<p>Letters and other documents in your case come as PDF files from our case management system. Not all of these files are fully accessible. Some may, for example, be hard to read with a screen reader.</p>
<p>If you need a document in another format, contact us and we will help you.</p>

<h2>Tell us</h2>
<p>If something on Min side is hard to use, we would like to hear from you.</p>
<ul>
  <li>E-mail: <a href="mailto:post@helseklage.no">post@helseklage.no</a></li>
  <li>Phone: <a href="tel:+4722993630">22 99 36 30</a></li>
</ul>
<p>Do not send health information or other sensitive information by e-mail.</p>

<h2>Complaints</h2>
<p>If you think Min side does not meet the requirements for universal design, you can complain to the Authority for Universal Design of ICT (Tilsynet for universell utforming av IKT). It is part of the Norwegian Digitalisation Agency (Digdir). You can find more information at <a href="https://www.uutilsynet.no/">uutilsynet.no</a>.</p>

<p class="small">This statement was last updated on <time datetime="2026-12-04">4 December 2026</time>.</p>

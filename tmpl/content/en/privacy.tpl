{{%AUTOESCAPE context="HTML"}}
<h1>{{privacy_title}}</h1>
<p class="lead">This page explains what information about you we use when you use Min side, why we use it, and what your rights are.</p>
<p class="pilot">Min side is still being tested. For now, only pilot users can log in. These are people who have complained about a decision made by Norsk pasientskadeerstatning (the Norwegian System of Patient Injury Compensation).</p>
<p>This statement covers Min side only. How we handle personal data when we deal with your complaint is described in our general privacy statement on <a href="https://www.helseklage.no/">helseklage.no</a>.</p>

<nav class="toc" aria-label="Contents of this page">
  <h2 id="contents">Contents</h2>
  <ul>
    <li><a href="#what-is-min-side">What is Min side?</a></li>
    <li><a href="#legal-basis">Why we are allowed to use your data</a></li>
    <li><a href="#consent">Consent</a></li>
    <li><a href="#security">Information security</a></li>
    <li><a href="#id-porten">Logging in with ID-porten</a></li>
    <li><a href="#storage">What we store</a></li>
    <li><a href="#access">Your right of access</a></li>
    <li><a href="#correction-and-deletion">Correction and deletion</a></li>
    <li><a href="#your-responsibility">Your responsibility</a></li>
    <li><a href="#blocking">When we may block access</a></li>
    <li><a href="#processors">Data processors</a></li>
    <li><a href="#cookies">Cookies</a></li>
    <li><a href="#statistics">Statistics</a></li>
    <li><a href="#contact">Controller and data protection officer</a></li>
  </ul>
</nav>

<h2 id="what-is-min-side">What is Min side?</h2>
<p>Min side (“My page”) is a website where you can follow your complaint case with us. There you can</p>
<ul>
  <li>see how far your case has come</li>
  <li>read letters and documents we have sent you</li>
  <li>send us documents</li>
  <li>comment on an expert statement (sakkyndigerklæring)</li>
</ul>
<p>Whether you use Min side or not makes no difference to how we handle your case.</p>

<h2 id="legal-basis">Why we are allowed to use your data</h2>
<p>We would like to communicate with you digitally. Norwegian law allows us to send and receive letters electronically.</p>
<p>Min side is based on</p>
<ul>
  <li>the Public Administration Act (forvaltningsloven), section 15 a</li>
  <li>the Electronic Administration Regulations (e-forvaltningsforskriften)</li>
  <li>the General Data Protection Regulation (GDPR), Article 6(1)(e): the processing is necessary to carry out a task in the public interest or to exercise official authority</li>
  <li>GDPR Article 9(2)(g): processing of health data is necessary for reasons of substantial public interest</li>
</ul>
<p>We only collect and use the personal data we need to carry out the tasks the law gives us.</p>

<h2 id="consent">Consent</h2>
<p>Before you start using Min side, we ask for your consent. When you say yes, it means that</p>
<ul>
  <li>you get documents and information from us on Min side. We will still also send you decisions by post or to your digital mailbox.</li>
  <li>you get a notice when there is something new. Private persons get notices by text message (SMS). Lawyers get notices by e-mail. The notice only tells you that there is something new on Min side, not what your case is about.</li>
</ul>
<p>You can withdraw your consent at any time. You do this on your profile page on Min side.</p>

<h2 id="security">Information security</h2>
<p>Everything you send and receive on Min side goes over a secure, encrypted connection.</p>
<p>So that you can see your case, Min side fetches information about you from our case management system.</p>
<p>We have a legal duty of confidentiality. We do not give your information to others unless a law allows or requires us to, or you consent.</p>

<h2 id="id-porten">Logging in with ID-porten</h2>
<p>You log in to Min side through ID-porten. ID-porten is the shared login for public services in Norway. It is run by the Norwegian Digitalisation Agency (Digitaliseringsdirektoratet, Digdir), formerly known as Difi.</p>
<p>You can log in with MinID, BankID, Buypass ID or Commfides.</p>
<p>You can read more about security and privacy in ID-porten at <a href="https://www.digdir.no/">digdir.no</a>.</p>

<h2 id="storage">What we store</h2>
<p>Everything you see on Min side, and everything you send us there, is stored in our case management system.</p>
<p>What you do on Min side, for example uploading a document, is written to a separate log. This is called an audit log. Only specially authorised people can read it. We use the log to find errors and misuse.</p>
<p>The log also shows that we published information about your case on Min side, and when. This lets us see whether you logged in afterwards and opened the page where the information is. This way, neither you nor we can later dispute that this happened. This is called non-repudiation.</p>
<p>When a document was made available to you, and when you first opened it, is also stored with the document in your case. This may matter for deadlines.</p>

<h2 id="access">Your right of access</h2>
<p>You have the right to know what information we have stored about how you have used Min side.</p>
<p>You can see it on Min side under your profile. You can also ask us for it. See the contact details further down.</p>

<h2 id="correction-and-deletion">Correction and deletion</h2>
<ul>
  <li>The audit log is deleted after one year.</li>
  <li>Documents and comments you send us are archived for 25–30 years. After that they are transferred to the National Archives of Norway (Arkivverket / Riksarkivet).</li>
</ul>
<p>We cannot correct or delete information we have received from others.</p>

<h2 id="your-responsibility">Your responsibility</h2>
<p>You are responsible for what you send us on Min side.</p>
<p>Everything you send is archived under the Archives Act (arkivlova). So think about what you send.</p>
<p>You only need to send something once. You will get a receipt when we have received it.</p>

<h2 id="blocking">When we may block access</h2>
<p>In special cases we may block your access to Min side. This may happen if someone, for example,</p>
<ul>
  <li>sends large amounts of information that is not relevant to the case</li>
  <li>sends personal data about other people</li>
  <li>sends threats</li>
  <li>uses Min side in a way that Nasjonalt klageorgan for helsetjenesten does not consider responsible</li>
</ul>

<h2 id="processors">Data processors</h2>
<p>Norsk helsenett (NHN) runs Min side for us. Ciber Experis Norge is responsible for managing and maintaining it.</p>
<p>Information created while running the service is stored on NHN’s own servers. For example:</p>
<ul>
  <li>when an IP address logged in and out</li>
  <li>whether documents were uploaded or downloaded from an IP address</li>
</ul>
<p>Which IP address belongs to which ID-porten login, and so to who you are, can only be seen in our own logs.</p>

<h2 id="cookies">Cookies</h2>
<p>Cookies are small text files that your browser stores when you visit a website. Min side uses only these:</p>
<ul>
  <li><strong>__Host-session</strong> keeps you logged in. It is only created after you have logged in, and it is deleted when you close your browser.</li>
  <li><strong>__Host-login</strong> is used only while you log in with ID-porten, and lasts a short time. It protects the login against forgery.</li>
  <li><strong>Language</strong> remembers the language you have chosen. It is kept for one year, or until you choose another language.</li>
</ul>
<p>The forms on Min side are protected against forgery by a code linked to your login. No separate cookie is needed for this.</p>

<h2 id="statistics">Statistics</h2>
<p>Min side uses no analytics or tracking services from other companies, and no cookies for statistics.</p>
<p>We only count how many times each page is shown per day. The count contains no personal data and no IP addresses. We use it to improve the service.</p>

<h2 id="contact">Controller and data protection officer</h2>
<p>The director of Nasjonalt klageorgan for helsetjenesten (Helseklage) is responsible for how we process personal data.</p>
<address>
Nasjonalt klageorgan for helsetjenesten<br>
Postboks 230 Skøyen<br>
0213 Oslo<br>
E-mail: <a href="mailto:post@helseklage.no">post@helseklage.no</a><br>
Phone: <a href="tel:+4722993630">22 99 36 30</a>
</address>
<p>Our data protection officer can give you general advice and guidance on privacy.</p>
<address>
Nasjonalt klageorgan for helsetjenesten<br>
Personvernombudet<br>
Postboks 230 Skøyen<br>
0213 Oslo<br>
E-mail: <a href="mailto:personvernombudet@helseklage.no">personvernombudet@helseklage.no</a><br>
Phone: <a href="tel:+4722993630">22 99 36 30</a>
</address>
<p>Do not send sensitive personal data, such as health information, by e-mail. E-mail is not secure enough. Use Min side or ordinary post instead.</p>

<#-- Only a notice that a letter is in Mina sidor: never the letter's content (D18). -->
<#assign subject = "You have a new letter in Mina sidor">
<#assign summary = subject>
Hello,

You have a new letter from ${agency.name} in Mina sidor (My pages). Log in to read it:
${agency.portalUrl}

We never send text messages (SMS) asking you to contact us or update your details, and we never ask for details by e-mail. Always log in to Mina sidor yourself.

No longer want these notices? Change it in Mina sidor.

Kind regards
${agency.name}

<#-- Only a notice that an answer is in Mina sidor: never the message itself (D18, D24). -->
<#assign subject = "You have a new message in Mina sidor">
<#assign summary = subject>
Hello,

${agency.name} has answered you in Mina sidor (My pages). Log in to read the answer:
${agency.portalUrl}

We never send text messages (SMS) asking you to contact us or update your details, and we never ask for details by e-mail. Always log in to Mina sidor yourself.

No longer want these notices? Change it in Mina sidor.

Kind regards
${agency.name}

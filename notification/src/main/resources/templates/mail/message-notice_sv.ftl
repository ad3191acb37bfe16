<#-- Bara ett besked om att ett svar finns i Mina sidor: aldrig meddelandet självt (D18, D24). -->
<#assign subject = "Du har ett nytt meddelande i Mina sidor">
<#assign summary = subject>
Hej,

${agency.name} har svarat dig i Mina sidor. Logga in för att läsa svaret:
${agency.portalUrl}

Vi skickar aldrig sms där vi ber dig kontakta oss eller uppdatera dina uppgifter, och vi ber aldrig om uppgifter via e-post. Logga alltid in själv på Mina sidor.

Vill du inte längre få de här aviseringarna? Ändra det i Mina sidor.

Med vänliga hälsningar
${agency.name}

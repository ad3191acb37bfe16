<#-- Bara ett besked om att ett brev finns i Mina sidor: aldrig brevets innehåll (D18). -->
<#assign subject = "Du har ett nytt brev i Mina sidor">
<#assign summary = subject>
Hej,

Du har fått ett nytt brev från ${agency.name} i Mina sidor. Logga in för att läsa det:
${agency.portalUrl}

Vi skickar aldrig sms där vi ber dig kontakta oss eller uppdatera dina uppgifter, och vi ber aldrig om uppgifter via e-post. Logga alltid in själv på Mina sidor.

Vill du inte längre få de här aviseringarna? Ändra det i Mina sidor.

Med vänliga hälsningar
${agency.name}

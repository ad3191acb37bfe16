<#-- Delar som flera brev använder. Ändra här, så ändras alla brev. -->
<#macro officer>
Vill du tala med vår klagomålsansvarige, ${agency.officerName}? Ring ${agency.officerPhone}, mejla ${agency.officerEmail} eller skicka ett meddelande i Mina sidor.
</#macro>
<#macro free>
Det kostar ingenting att klaga eller invända hos oss.
</#macro>
<#macro routes>
## Om du inte är nöjd

- Be vår klagomålsansvarige att pröva ärendet. Tryck på "Jag är inte nöjd" i Mina sidor eller ring ${agency.phone}.
- Vänd dig till Inkassonämnden, som ger råd om god inkassosed.
- Vänd dig till Finansinspektionen, som har tillsyn över oss som inkassoföretag.

Inkassonämnden
Box 592
101 31 Stockholm

Finansinspektionen
Box 7821
103 97 Stockholm
</#macro>
<#macro signature>
Med vänliga hälsningar
${agency.name}
</#macro>
<#macro sms>
Vi skickar aldrig sms där vi ber dig kontakta oss eller uppdatera dina uppgifter. Logga in på Mina sidor (${agency.portalUrl}) för att se dina ärenden och betala tryggt.
</#macro>

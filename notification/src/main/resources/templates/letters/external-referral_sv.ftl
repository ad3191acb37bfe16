<#import "common.ftl" as c>
<#if body == "INKASSONAMNDEN">
<#assign bodyName = "Inkassonämnden">
<#else>
<#assign bodyName = "Finansinspektionen">
</#if>
<#assign subject = "Ditt ärende hos ${bodyName}">
<#assign summary = "Vi har noterat att ärende ${caseReference} har gått vidare till ${bodyName}.">
# Ditt ärende hos ${bodyName}

Hej ${recipient.name},

Vi har noterat att ditt ärende ${caseReference} om fordran ${claimReference} har gått vidare till ${bodyName}.<#if externalReference??> Deras diarienummer är ${externalReference}.</#if>

<#if body == "INKASSONAMNDEN">
Inkassonämnden ger råd om vad som är god inkassosed och kan uttala sig om hur vi har hanterat ditt ärende.

Inkassonämnden
Box 592
101 31 Stockholm
<#else>
Finansinspektionen har tillsyn över oss som inkassoföretag. De prövar inte enskilda tvister, men använder det du berättar i sin tillsyn.

Finansinspektionen
Box 7821
103 97 Stockholm
</#if>

Vi svarar på deras frågor och skickar det underlag de behöver. Det påverkar inte hur vi behandlar dig.

<@c.free/>

<@c.officer/>

<@c.signature/>

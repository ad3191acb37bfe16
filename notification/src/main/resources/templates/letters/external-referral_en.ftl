<#import "common.ftl" as c>
<#if body == "INKASSONAMNDEN">
<#assign bodyName = "Inkassonämnden">
<#else>
<#assign bodyName = "Finansinspektionen">
</#if>
<#assign subject = "Your case with ${bodyName}">
<#assign summary = "We have noted that case ${caseReference} has gone to ${bodyName}.">
# Your case with ${bodyName}

Dear ${recipient.name},

We have noted that your case ${caseReference} about claim ${claimReference} has gone to ${bodyName}.<#if externalReference??> Their reference is ${externalReference}.</#if>

<#if body == "INKASSONAMNDEN">
Inkassonämnden (the Debt Collection Board) advises on good debt-collection practice and can give its view on how we handled your case.

Inkassonämnden
Box 592
101 31 Stockholm
<#else>
Finansinspektionen (the Swedish Financial Supervisory Authority) supervises us as a debt-collection agency. It does not decide individual disputes, but uses what you tell it in its supervision.

Finansinspektionen
Box 7821
103 97 Stockholm
</#if>

We answer their questions and send the documents they need. It does not affect how we treat you.

<@c.free/>

<@c.officer/>

<@c.signature/>

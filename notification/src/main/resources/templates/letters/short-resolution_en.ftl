<#import "common.ftl" as c>
<#assign subject = "Your complaint is resolved">
<#assign summary = "We have resolved your case ${caseReference}. Here is our decision in short.">
# Your complaint is resolved

Dear ${recipient.name},

Thank you for contacting us on ${receivedDate} about claim ${claimReference} (case ${caseReference}). We have already looked into it.

<#switch decision>
<#case "UPHELD">
> Decision: you are right, and we apologise.
<#break>
<#case "PARTIALLY_UPHELD">
> Decision: you are partly right.
<#break>
<#default>
> Decision: we have not found anything wrong.
</#switch>

${reasons}

<#if redress??>
What we will do: ${redress}
</#if>

<@c.free/>

<@c.routes/>

<@c.signature/>

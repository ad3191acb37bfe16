<#import "common.ftl" as c>
<#assign titles = {"UPHELD": "We agree with your complaint", "PARTIALLY_UPHELD": "We agree with part of your complaint", "REJECTED": "Our answer to your complaint"}>
<#assign subject = titles[decision]!titles["REJECTED"]>
<#assign summary = "Here is our answer in case ${caseReference}, in short.">
# ${subject}

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

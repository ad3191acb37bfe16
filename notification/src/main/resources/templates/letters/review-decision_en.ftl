<#import "common.ftl" as c>
<#assign subject = "The complaints officer's decision">
<#assign summary = "Our complaints officer has reviewed case ${caseReference}. Here is the decision and where to turn if you are still not satisfied.">
# The complaints officer's decision

Dear ${recipient.name},

Our complaints officer has reviewed your case ${caseReference} again.

<#switch reviewOutcome>
<#case "UPHELD">
> Decision: you are right. We apologise.
<#break>
<#case "PARTIALLY_UPHELD">
> Decision: you are partly right.
<#break>
<#default>
> Decision: we stand by our earlier answer.
</#switch>

## Why

${reasons}
<#if redress??>

## What we will do

${redress}
</#if>

<@c.free/>

## If you are still not satisfied

This is our final answer. You can turn to either of these outside our company:

- Inkassonämnden (the Debt Collection Board) advises on good debt-collection practice.
- Finansinspektionen (the Swedish Financial Supervisory Authority) supervises us as a debt-collection agency.

Inkassonämnden
Box 592
101 31 Stockholm

Finansinspektionen
Box 7821
103 97 Stockholm

<@c.signature/>

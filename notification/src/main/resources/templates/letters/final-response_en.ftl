<#import "common.ftl" as c>
<#assign subject = "Our answer to your complaint">
<#assign summary = "Here is our answer in case ${caseReference}: what we found, why, and what you can do if you are not satisfied.">
# Our answer to your complaint

Dear ${recipient.name},

On ${receivedDate} you complained about how we handled claim ${claimReference} from ${creditor} (case ${caseReference}). We have now looked into it.

## Our decision

<#switch decision>
<#case "UPHELD">
> You are right. We made a mistake and we apologise.
<#break>
<#case "PARTIALLY_UPHELD">
> You are partly right.
<#break>
<#default>
> We have not found anything wrong in how we handled the matter.
</#switch>

## Why

${reasons}

## What we will do

<#if redress??>
${redress}
<#else>
We make no change or compensation, as we have not found anything wrong.
</#if>
<#if redressAmount??>

The value of what we put right is ${redressAmount}.
</#if>

<@c.free/>

<@c.routes/>

<@c.officer/>

<@c.signature/>

<#import "common.ftl" as c>
<#if substantive>
<#assign subject = "We are looking into your objection – collection stays paused">
<#assign summary = "We have asked ${creditor} about your objection in case ${caseReference}. Collection is paused meanwhile.">
<#else>
<#assign subject = "Our answer to your objection">
<#assign summary = "We have gone through your objection in case ${caseReference}. Here is our answer and the reasons for it.">
</#if>
# Our answer to your objection

Dear ${recipient.name},

We have gone through your objection to claim ${claimReference} from ${creditor} (case ${caseReference}).

<#if substantive>
Your objection is about whether the claim is correct. We have therefore asked ${creditor} to answer it<#if creditorPositionDue??> by ${creditorPositionDue}</#if>.

> Collection stays paused. You will get no reminders, demands or new fees while this is looked into.

We will write to you again when we have their answer.
<#else>
## Our answer

${reason}

What you wrote is not about the claim being wrong but about being able to pay. We will therefore continue to collect the claim.

> Cannot pay the whole amount at once? Contact us and we will find a payment plan that works for you.

If you believe the claim is wrong, for example because you have already paid, tell us and send a receipt if you can.
</#if>

<@c.free/>

<@c.officer/>

<@c.signature/>

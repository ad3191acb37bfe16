<#import "common.ftl" as c>
<#assign subject = "We have received your objection – collection is paused">
<#assign summary = "We have registered your objection ${caseReference} to claim ${claimReference}. We will not collect the claim while we look into it.">
# We have received your objection

Dear ${recipient.name},

We received your objection to claim ${claimReference} from ${creditor} on ${receivedDate}. Its case number is ${caseReference}.

<#if disputedAmount??>
> We have paused collection of the part you dispute, ${disputedAmount}. You will get no reminders, demands or new fees for that part while we look into it.
<#else>
> We have paused collection of the claim. You will get no reminders, demands or new fees while we look into it.
</#if>

## What happens next?

- We go through your objection and ask ${creditor} for their view.
- We will write to you when we know more, and by ${responseDue} at the latest.
- You do not need to do anything more for now.

<@c.free/>

<@c.officer/>

<@c.sms/>

<@c.signature/>

#pragma once

#include "calltrace.h"

#include <QtGlobal>

// The rules the engine follows, each with the RFC section it comes from. The text is an English
// source string in context "SipLab::Rules"; its Chinese is in translations/siplab_zh_CN.ts.
namespace SipLab::Rules {

// Live mode
inline constexpr TraceRule LiveReceived{QT_TRANSLATE_NOOP("SipLab::Rules", "A message from a real peer arrived over UDP (live mode)"), "RFC 3261 18.2.1"};

// Requests a UAC starts
inline constexpr TraceRule UacInvite{QT_TRANSLATE_NOOP("SipLab::Rules", "The caller starts the call with an INVITE carrying its SDP offer"), "RFC 3261 13.2.1"};
inline constexpr TraceRule UacRequest{QT_TRANSLATE_NOOP("SipLab::Rules", "The UAC sends the request the learner chose"), "RFC 3261 8.1.1"};
inline constexpr TraceRule UacRegister{QT_TRANSLATE_NOOP("SipLab::Rules", "The UA registers its contact address with the registrar"), "RFC 3261 10.2"};
inline constexpr TraceRule UacAck2xx{QT_TRANSLATE_NOOP("SipLab::Rules", "The UAC core acknowledges every 2xx to INVITE end to end, with a new branch, along the route set"), "RFC 3261 13.2.2.4"};
inline constexpr TraceRule UacAck2xxAgain{QT_TRANSLATE_NOOP("SipLab::Rules", "A retransmitted 2xx reaches the UAC core, which sends the ACK again"), "RFC 3261 13.2.2.4"};
inline constexpr TraceRule UacBye{QT_TRANSLATE_NOOP("SipLab::Rules", "The caller hangs up: BYE inside the dialog, along the route set"), "RFC 3261 15.1.1"};
inline constexpr TraceRule UacByeAfterCancelRace{QT_TRANSLATE_NOOP("SipLab::Rules", "The 2xx crossed the CANCEL: the caller acknowledges it and ends the session with BYE"), "RFC 3261 15, RFC 3665 3.8"};
inline constexpr TraceRule UacCancel{QT_TRANSLATE_NOOP("SipLab::Rules", "The caller gives up after a provisional response: CANCEL with the INVITE's branch and CSeq number"), "RFC 3261 9.1"};
inline constexpr TraceRule UacPrack{QT_TRANSLATE_NOOP("SipLab::Rules", "A reliable provisional response must be acknowledged with PRACK carrying RAck"), "RFC 3262 4"};
inline constexpr TraceRule UacReInvite{QT_TRANSLATE_NOOP("SipLab::Rules", "A re-INVITE inside the dialog changes the session (here: puts it on hold)"), "RFC 3261 14.1"};
inline constexpr TraceRule UacReInviteOk{QT_TRANSLATE_NOOP("SipLab::Rules", "The caller accepts the callee's re-INVITE with 200 OK and its new SDP answer"), "RFC 3261 14.2"};
inline constexpr TraceRule UacRedirect{QT_TRANSLATE_NOOP("SipLab::Rules", "After a 3xx the UAC retries at the Contact address: new branch, CSeq + 1, same Call-ID"), "RFC 3261 8.1.3.4"};
inline constexpr TraceRule UacAuthRetry{QT_TRANSLATE_NOOP("SipLab::Rules", "After a 401/407 the UAC retries with Digest credentials: CSeq + 1, same Call-ID and From tag"), "RFC 3261 22.2, 8.1.3.5"};
inline constexpr TraceRule UacSessionTimerRetry{QT_TRANSLATE_NOOP("SipLab::Rules", "After 422 the UAC retries with Session-Expires raised to the Min-SE it was given"), "RFC 4028 7.4"};
inline constexpr TraceRule UacIntervalRetry{QT_TRANSLATE_NOOP("SipLab::Rules", "After 423 the UA retries the REGISTER with an expiry at least Min-Expires"), "RFC 3261 10.2.8"};
inline constexpr TraceRule UacRetryAfter{QT_TRANSLATE_NOOP("SipLab::Rules", "After 503 with Retry-After the UAC waits that long, then sends the request again as a new transaction"), "RFC 3261 21.5.4"};
inline constexpr TraceRule UacAckForked2xx{QT_TRANSLATE_NOOP("SipLab::Rules", "A second 2xx from another branch of the fork makes a second dialog: the UAC acknowledges it too, end to end"), "RFC 3261 13.2.2.4"};
inline constexpr TraceRule UacByeForkedDialog{QT_TRANSLATE_NOOP("SipLab::Rules", "The UAC keeps the first dialog and ends the one it does not want with BYE"), "RFC 3261 13.2.2.4"};
inline constexpr TraceRule UacNextTarget{QT_TRANSLATE_NOOP("SipLab::Rules", "The attempt failed with a 4xx or 5xx: the UAC tries the next Contact of the 3xx (a 6xx would stop the search)"), "RFC 3261 8.1.3.4, 21.6"};
inline constexpr TraceRule UacAlternateHop{QT_TRANSLATE_NOOP("SipLab::Rules", "The first proxy never answered (Timer B): the UAC sends a new request to its alternate proxy"), "RFC 3263 4.3, RFC 3665 3.4"};
inline constexpr TraceRule UacSubscribeNotifyAnswer{QT_TRANSLATE_NOOP("SipLab::Rules", "The subscriber accepts the NOTIFY with 200 OK"), "RFC 6665 4.1.3"};

// Transaction layer
inline constexpr TraceRule RetransmitA{QT_TRANSLATE_NOOP("SipLab::Rules", "Timer A: no response yet on an unreliable transport, so the INVITE is sent again (interval doubles)"), "RFC 3261 17.1.1.2"};
inline constexpr TraceRule RetransmitE{QT_TRANSLATE_NOOP("SipLab::Rules", "Timer E: no final response yet on an unreliable transport, so the request is sent again"), "RFC 3261 17.1.2.2"};
inline constexpr TraceRule RetransmitG{QT_TRANSLATE_NOOP("SipLab::Rules", "Timer G: no ACK yet for the final response, so it is sent again"), "RFC 3261 17.2.1"};
inline constexpr TraceRule Retransmit2xx{QT_TRANSLATE_NOOP("SipLab::Rules", "The UAS core retransmits the 2xx until the ACK arrives (T1 doubling up to T2)"), "RFC 3261 13.3.1.4"};
inline constexpr TraceRule RetransmitReliable1xx{QT_TRANSLATE_NOOP("SipLab::Rules", "A reliable provisional response is retransmitted until its PRACK arrives"), "RFC 3262 3"};
inline constexpr TraceRule AckNon2xx{QT_TRANSLATE_NOOP("SipLab::Rules", "The INVITE client transaction acknowledges a 3xx-6xx itself, hop by hop, with the INVITE's branch"), "RFC 3261 17.1.1.3"};
inline constexpr TraceRule AckNon2xxAgain{QT_TRANSLATE_NOOP("SipLab::Rules", "A retransmitted final response in Completed makes the client transaction send the ACK again"), "RFC 3261 17.1.1.2"};
inline constexpr TraceRule ResendLastResponse{QT_TRANSLATE_NOOP("SipLab::Rules", "A retransmitted request makes the server transaction send its last response again"), "RFC 3261 17.2.1, 17.2.2"};
inline constexpr TraceRule Trying{QT_TRANSLATE_NOOP("SipLab::Rules", "The INVITE server transaction answers 100 Trying at once (hop by hop) since the final answer will take longer than 200 ms"), "RFC 3261 17.2.1, 16.2"};
inline constexpr TraceRule TimerB{QT_TRANSLATE_NOOP("SipLab::Rules", "Timer B: no response to the INVITE within 64*T1; the transaction ends and the TU treats it as 408"), "RFC 3261 17.1.1.2, 8.1.3.1"};
inline constexpr TraceRule TimerF{QT_TRANSLATE_NOOP("SipLab::Rules", "Timer F: no final response within 64*T1; the transaction ends and the TU treats it as 408"), "RFC 3261 17.1.2.2, 8.1.3.1"};
inline constexpr TraceRule TimerH{QT_TRANSLATE_NOOP("SipLab::Rules", "Timer H: the ACK never came; the server transaction ends"), "RFC 3261 17.2.1"};
inline constexpr TraceRule TimerD{QT_TRANSLATE_NOOP("SipLab::Rules", "Timer D: the client transaction stops waiting for retransmitted final responses"), "RFC 3261 17.1.1.2"};
inline constexpr TraceRule TimerK{QT_TRANSLATE_NOOP("SipLab::Rules", "Timer K: the client transaction stops absorbing response retransmissions"), "RFC 3261 17.1.2.2"};
inline constexpr TraceRule TimerI{QT_TRANSLATE_NOOP("SipLab::Rules", "Timer I: the server transaction stops absorbing ACK retransmissions"), "RFC 3261 17.2.1"};
inline constexpr TraceRule TimerJ{QT_TRANSLATE_NOOP("SipLab::Rules", "Timer J: the server transaction stops answering request retransmissions"), "RFC 3261 17.2.2"};
inline constexpr TraceRule TimerC{QT_TRANSLATE_NOOP("SipLab::Rules", "Timer C: the proxy's INVITE branch got no final response in time"), "RFC 3261 16.8"};
inline constexpr TraceRule TransactionState{QT_TRANSLATE_NOOP("SipLab::Rules", "Transaction state change"), "RFC 3261 17"};

// Proxy
inline constexpr TraceRule ProxyForward{QT_TRANSLATE_NOOP("SipLab::Rules", "The proxy forwards the request: Max-Forwards - 1, its own Via with a new branch, Record-Route if it stays in the path"), "RFC 3261 16.6"};
inline constexpr TraceRule ProxyForwardInDialog{QT_TRANSLATE_NOOP("SipLab::Rules", "The proxy removes its own Route value and forwards the in-dialog request along the route set"), "RFC 3261 16.4, 16.6"};
inline constexpr TraceRule ProxyForwardAck2xx{QT_TRANSLATE_NOOP("SipLab::Rules", "The proxy forwards the end-to-end ACK for the 2xx like any request, without a transaction"), "RFC 3261 16.6, 17"};
inline constexpr TraceRule ProxyForwardProvisional{QT_TRANSLATE_NOOP("SipLab::Rules", "The proxy forwards a 101-199 provisional response upstream at once, removing its Via"), "RFC 3261 16.7 step 5"};
inline constexpr TraceRule ProxyForward2xx{QT_TRANSLATE_NOOP("SipLab::Rules", "The proxy forwards a 2xx upstream at once, removing its Via; it does not ACK it"), "RFC 3261 16.7 step 5"};
inline constexpr TraceRule ProxyForwardStateless{QT_TRANSLATE_NOOP("SipLab::Rules", "No client transaction matches (a retransmitted 2xx): the proxy forwards it statelessly"), "RFC 3261 16.7, 16.11"};
inline constexpr TraceRule ProxyBestResponse{QT_TRANSLATE_NOOP("SipLab::Rules", "All branches are done: the proxy sends the best final response upstream on its own server transaction (3xx-6xx go hop by hop)"), "RFC 3261 16.7 step 6"};
inline constexpr TraceRule Proxy503To500{QT_TRANSLATE_NOOP("SipLab::Rules", "The only response was 503: the proxy sends 500 instead, since 503 would make the upstream element stop using it"), "RFC 3261 16.7 step 6"};
inline constexpr TraceRule Proxy408{QT_TRANSLATE_NOOP("SipLab::Rules", "No final response on any branch: the proxy must send 408 upstream"), "RFC 3261 16.7 step 6, 16.6 step 7"};
inline constexpr TraceRule ProxyRecurse{QT_TRANSLATE_NOOP("SipLab::Rules", "The proxy is responsible for the domain and recurses on the 3xx: it tries the Contact itself on a new branch"), "RFC 3261 16.5, 16.7 step 4"};
inline constexpr TraceRule ProxyForkParallel{QT_TRANSLATE_NOOP("SipLab::Rules", "The callee has several devices: the proxy forks, one branch per device, all at once, each with its own Via branch"), "RFC 3261 16.5, 16.6"};
inline constexpr TraceRule ProxyForkSequential{QT_TRANSLATE_NOOP("SipLab::Rules", "Sequential search: the proxy tries the callee's devices one after another, the next one only when the previous branch failed"), "RFC 3261 16.5, 16.6"};
inline constexpr TraceRule ProxyNextBranch{QT_TRANSLATE_NOOP("SipLab::Rules", "The branch failed with a 3xx-5xx, which lets the request be tried elsewhere: the proxy tries the next device"), "RFC 3261 16.7 step 4, 16.6"};
inline constexpr TraceRule ProxyBranchTimeout{QT_TRANSLATE_NOOP("SipLab::Rules", "Sequential search: the device did not answer in time, so the proxy cancels its branch and tries the next one"), "RFC 3261 16.7, 16.10"};
inline constexpr TraceRule ProxyCancelAfter2xx{QT_TRANSLATE_NOOP("SipLab::Rules", "A branch answered 2xx: the proxy cancels every other pending branch"), "RFC 3261 16.7 step 10"};
inline constexpr TraceRule ProxyCancelAfter6xx{QT_TRANSLATE_NOOP("SipLab::Rules", "A branch answered 6xx (a global failure): the proxy cancels the pending branches and starts no new one"), "RFC 3261 16.7 step 5, 21.6"};
inline constexpr TraceRule AlgRewritesSdp{QT_TRANSLATE_NOOP("SipLab::Rules", "The ALG forwards the message and rewrites the SDP's connection address and media port to its own, so the media flows through it"), "RFC 3665 3.5"};
inline constexpr TraceRule ProxyCancelAnswer{QT_TRANSLATE_NOOP("SipLab::Rules", "The proxy answers the CANCEL with 200 OK itself (hop by hop)"), "RFC 3261 16.10"};
inline constexpr TraceRule ProxyCancelBranch{QT_TRANSLATE_NOOP("SipLab::Rules", "The proxy cancels each pending branch with a CANCEL of its own"), "RFC 3261 16.10, 9.1"};
inline constexpr TraceRule ProxyCancelOnTimerC{QT_TRANSLATE_NOOP("SipLab::Rules", "Timer C fired on a branch that had a provisional response: the proxy cancels it"), "RFC 3261 16.8"};
inline constexpr TraceRule ProxyTooManyHops{QT_TRANSLATE_NOOP("SipLab::Rules", "Max-Forwards reached 0: the proxy must not forward and answers 483"), "RFC 3261 16.3 step 3"};
inline constexpr TraceRule ProxyChallenge{QT_TRANSLATE_NOOP("SipLab::Rules", "The proxy requires authentication: 407 with a Proxy-Authenticate challenge"), "RFC 3261 22.3"};
inline constexpr TraceRule ProxyRejects{QT_TRANSLATE_NOOP("SipLab::Rules", "The proxy answers the request itself with the chosen code, acting as a UAS"), "RFC 3261 16.1, 16.3, 8.2"};
inline constexpr TraceRule ProxyRedirects{QT_TRANSLATE_NOOP("SipLab::Rules", "The proxy acts as a redirect server: 3xx with the target's Contact"), "RFC 3261 8.3"};
inline constexpr TraceRule RegistrarAnswer{QT_TRANSLATE_NOOP("SipLab::Rules", "The registrar stores the binding and answers 200 OK listing the current contacts with their expiry"), "RFC 3261 10.3 step 8"};
inline constexpr TraceRule RegistrarChallenge{QT_TRANSLATE_NOOP("SipLab::Rules", "The registrar requires authentication: 401 with a WWW-Authenticate challenge"), "RFC 3261 10.3 step 3, 22.2"};
inline constexpr TraceRule RegistrarTooBrief{QT_TRANSLATE_NOOP("SipLab::Rules", "The requested expiry is shorter than the registrar's minimum: 423 with Min-Expires"), "RFC 3261 10.3 step 7"};
inline constexpr TraceRule RegistrarRefuses{QT_TRANSLATE_NOOP("SipLab::Rules", "The registrar refuses the REGISTER and changes no binding: Contact: * without Expires: 0, an out-of-order CSeq for the same Call-ID, or a To that names no address of record"), "RFC 3261 10.3 steps 5-7"};
inline constexpr TraceRule RegistrarFull{QT_TRANSLATE_NOOP("SipLab::Rules", "The registrar holds as many bindings as it allows: 503 with Retry-After, so memory stays bounded under a flood"), "RFC 3261 21.5.4"};
inline constexpr TraceRule ServerRoutesByLocation{QT_TRANSLATE_NOOP("SipLab::Rules", "The request is for the server's own domain: the location service gives the registered contact and the proxy retargets the Request-URI to it"), "RFC 3261 16.5, 16.6 step 6"};
inline constexpr TraceRule ServerUnknownUser{QT_TRANSLATE_NOOP("SipLab::Rules", "The address of record is not one of this domain's users: 404 Not Found"), "RFC 3261 16.5, 21.4.5"};
inline constexpr TraceRule ServerNotRegistered{QT_TRANSLATE_NOOP("SipLab::Rules", "The user exists but has no current registration: 480 Temporarily Unavailable"), "RFC 3261 16.5, 21.4.18"};
inline constexpr TraceRule ServerNoRelay{QT_TRANSLATE_NOOP("SipLab::Rules", "The request is for another domain and its sender did not authenticate: the server is no open relay and answers 403"), "RFC 3261 26.3.2.2, 21.4.4"};
inline constexpr TraceRule ServerOptions{QT_TRANSLATE_NOOP("SipLab::Rules", "OPTIONS addressed to the server itself: it answers 200 OK listing the methods it supports in Allow"), "RFC 3261 11.2, 20.5"};

// UAS
inline constexpr TraceRule UasProvisional{QT_TRANSLATE_NOOP("SipLab::Rules", "The UAS reports progress with the provisional response the learner chose (To tag added)"), "RFC 3261 13.3.1.1"};
inline constexpr TraceRule UasReliableProvisional{QT_TRANSLATE_NOOP("SipLab::Rules", "The UAS sends the provisional response reliably: Require: 100rel and RSeq"), "RFC 3262 3"};
inline constexpr TraceRule UasFinal{QT_TRANSLATE_NOOP("SipLab::Rules", "The UAS answers with the final response the learner chose"), "RFC 3261 13.3.1"};
inline constexpr TraceRule UasNotAcceptable{QT_TRANSLATE_NOOP("SipLab::Rules", "The SDP offer has no media format the UAS supports: it answers 488 Not Acceptable Here with a Warning"), "RFC 3264 6, RFC 3261 13.3.1.3"};
inline constexpr TraceRule UasAccept{QT_TRANSLATE_NOOP("SipLab::Rules", "The UAS accepts: 2xx with Contact, the Record-Route values copied and its SDP answer"), "RFC 3261 13.3.1.4, 12.1.1"};
inline constexpr TraceRule UasChallenge{QT_TRANSLATE_NOOP("SipLab::Rules", "The UAS requires authentication: 401 with a WWW-Authenticate challenge"), "RFC 3261 22.2"};
inline constexpr TraceRule UasCancelOk{QT_TRANSLATE_NOOP("SipLab::Rules", "The UAS answers the CANCEL with 200 OK"), "RFC 3261 9.2"};
inline constexpr TraceRule UasRequestTerminated{QT_TRANSLATE_NOOP("SipLab::Rules", "The INVITE was cancelled before its final response: 487 Request Terminated"), "RFC 3261 9.2"};
inline constexpr TraceRule UasCancelAfterFinal{QT_TRANSLATE_NOOP("SipLab::Rules", "The INVITE was already answered: the CANCEL changes nothing, and the UAS answers it with 200 OK"), "RFC 3261 9.2"};
inline constexpr TraceRule UasCancelNonInvite{QT_TRANSLATE_NOOP("SipLab::Rules", "The CANCEL names a request that is not an INVITE: it changes nothing, and the UAS answers it with 200 OK"), "RFC 3261 9.2"};
inline constexpr TraceRule UasCancelNoMatch{QT_TRANSLATE_NOOP("SipLab::Rules", "The CANCEL matches no pending transaction: 481"), "RFC 3261 9.2"};
inline constexpr TraceRule UasByeOk{QT_TRANSLATE_NOOP("SipLab::Rules", "The BYE matches the dialog: the session ends and the UAS answers 200 OK"), "RFC 3261 15.1.2"};
inline constexpr TraceRule UasByeNoDialog{QT_TRANSLATE_NOOP("SipLab::Rules", "The request matches no dialog: 481 Call/Transaction Does Not Exist"), "RFC 3261 15.1.2, 12.2.2"};
inline constexpr TraceRule UasBye{QT_TRANSLATE_NOOP("SipLab::Rules", "The callee hangs up: BYE inside the dialog, with its own CSeq"), "RFC 3261 15.1.1"};
inline constexpr TraceRule UasPrackOk{QT_TRANSLATE_NOOP("SipLab::Rules", "The PRACK matches the reliable provisional response: 200 OK"), "RFC 3262 3"};
inline constexpr TraceRule UasAnswerChosen{QT_TRANSLATE_NOOP("SipLab::Rules", "The node answers this request with the code the learner chose for it"), "RFC 3261 8.2"};
inline constexpr TraceRule UasAnswerRequest{QT_TRANSLATE_NOOP("SipLab::Rules", "The UAS answers the request"), "RFC 3261 8.2.6"};
inline constexpr TraceRule UasReInviteOk{QT_TRANSLATE_NOOP("SipLab::Rules", "The UAS accepts the re-INVITE with 200 OK and its new SDP answer"), "RFC 3261 14.2"};
inline constexpr TraceRule UasSessionTooSmall{QT_TRANSLATE_NOOP("SipLab::Rules", "The Session-Expires is below this element's minimum: 422 with Min-SE"), "RFC 4028 6"};
inline constexpr TraceRule UasUnavailableRetryAfter{QT_TRANSLATE_NOOP("SipLab::Rules", "The server is unavailable for now: 503 with Retry-After"), "RFC 3261 21.5.4"};
inline constexpr TraceRule UasNotify{QT_TRANSLATE_NOOP("SipLab::Rules", "The notifier sends NOTIFY at once to report the subscription's state"), "RFC 6665 4.2.1, RFC 3515 2.4.4"};
inline constexpr TraceRule UasPrackTimeout{QT_TRANSLATE_NOOP("SipLab::Rules", "No PRACK for the reliable provisional response within 64*T1: the UAS rejects the INVITE with a 5xx"), "RFC 3262 3"};
inline constexpr TraceRule UasByeAfterNoAck{QT_TRANSLATE_NOOP("SipLab::Rules", "No ACK for the 2xx within 64*T1: the dialog is confirmed but the UAS ends the session with BYE"), "RFC 3261 13.3.1.4"};
inline constexpr TraceRule UasReInvite{QT_TRANSLATE_NOOP("SipLab::Rules", "The callee sends a re-INVITE inside the dialog, with its own CSeq (here: puts the call on hold)"), "RFC 3261 14.1"};
inline constexpr TraceRule UasAck2xx{QT_TRANSLATE_NOOP("SipLab::Rules", "The callee acknowledges the 2xx to its re-INVITE end to end, along the route set"), "RFC 3261 13.2.2.4"};
inline constexpr TraceRule UasByeAnswered{QT_TRANSLATE_NOOP("SipLab::Rules", "The UA answers the BYE"), "RFC 3261 15.1.2"};

// Dialog states
inline constexpr TraceRule DialogEarly{QT_TRANSLATE_NOOP("SipLab::Rules", "A provisional response with a To tag creates an early dialog"), "RFC 3261 12.1, 13.2.2.1"};
inline constexpr TraceRule DialogConfirmed{QT_TRANSLATE_NOOP("SipLab::Rules", "The 2xx confirms the dialog; the route set comes from Record-Route"), "RFC 3261 12.1.2, 13.2.2.4"};
inline constexpr TraceRule DialogTerminated{QT_TRANSLATE_NOOP("SipLab::Rules", "The dialog ends"), "RFC 3261 15, 12.3"};

// Outcomes
inline constexpr TraceRule OutcomeCallEnded{QT_TRANSLATE_NOOP("SipLab::Rules", "The call was set up and ended with BYE"), "RFC 3261 13, 15"};
inline constexpr TraceRule OutcomeEstablished{QT_TRANSLATE_NOOP("SipLab::Rules", "The call was set up and is still up"), "RFC 3261 13"};
inline constexpr TraceRule OutcomeFailed{QT_TRANSLATE_NOOP("SipLab::Rules", "The request failed with the final response shown"), "RFC 3261 8.1.3"};
inline constexpr TraceRule OutcomeSucceeded{QT_TRANSLATE_NOOP("SipLab::Rules", "The request succeeded"), "RFC 3261 8.1.3"};
inline constexpr TraceRule OutcomeTimeout{QT_TRANSLATE_NOOP("SipLab::Rules", "No final response: the UAC's transaction timed out, which counts as 408 (nothing is sent)"), "RFC 3261 8.1.3.1"};
inline constexpr TraceRule OutcomeCancelled{QT_TRANSLATE_NOOP("SipLab::Rules", "The call was cancelled before it was answered"), "RFC 3261 9"};
inline constexpr TraceRule NoteUnknownCode{QT_TRANSLATE_NOOP("SipLab::Rules", "An unknown final response is treated as the x00 of its class"), "RFC 3261 8.1.3.2"};
inline constexpr TraceRule NoteUnreliableProvisional{QT_TRANSLATE_NOOP("SipLab::Rules", "The UAC did not offer 100rel, so the provisional response is sent unreliably"), "RFC 3262 3"};
inline constexpr TraceRule NoteCancelWaits{QT_TRANSLATE_NOOP("SipLab::Rules", "No provisional response yet on this branch: the CANCEL must wait for one"), "RFC 3261 9.1"};
inline constexpr TraceRule NoteAbsorbAck{QT_TRANSLATE_NOOP("SipLab::Rules", "The server transaction absorbs the ACK for its 3xx-6xx; it is never forwarded"), "RFC 3261 17.2.1"};

} // namespace SipLab::Rules

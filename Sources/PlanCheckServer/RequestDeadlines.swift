import HTTPTypes
import NIOCore
import NIOHTTPTypes

/// Closes a connection that keeps the server waiting: no complete request head within
/// `idleTimeout` of the connection opening or of the previous answer (an idle keep-alive
/// connection and headers trickled a byte at a time look the same once the HTTP decoder has them),
/// and a body not received in full within `bodyTimeout` of its head (a stalled or trickled upload).
/// While a request is being answered no deadline runs: the check's own time limit bounds it.
final class RequestDeadlines: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let idleTimeout: TimeAmount
    private let bodyTimeout: TimeAmount
    private var timer: Scheduled<Void>?
    private var readingBody = false
    private var answering = false

    init(idleTimeout: TimeAmount, bodyTimeout: TimeAmount) {
        self.idleTimeout = idleTimeout
        self.bodyTimeout = bodyTimeout
    }

    private func arm(_ context: ChannelHandlerContext, _ amount: TimeAmount) {
        timer?.cancel()
        timer = context.eventLoop.assumeIsolatedUnsafeUnchecked().scheduleTask(in: amount) {
            context.close(promise: nil)
        }
    }

    private func disarm() {
        timer?.cancel()
        timer = nil
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { arm(context, idleTimeout) }
    }

    func handlerRemoved(context: ChannelHandlerContext) { disarm() }

    func channelActive(context: ChannelHandlerContext) {
        arm(context, idleTimeout)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        disarm()
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            readingBody = true
            answering = true
            arm(context, bodyTimeout)
        case .end:
            readingBody = false
            // Answered already (a refusal sent before the body): wait for the next request.
            if answering { disarm() } else { arm(context, idleTimeout) }
        case .body:
            break
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) {
            answering = false
            // The body of a refused request may still be arriving: its deadline stays.
            if !readingBody { arm(context, idleTimeout) }
        }
        context.write(data, promise: promise)
    }
}

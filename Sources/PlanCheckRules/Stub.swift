// layer stub

export interface DataTransferRequest {
  chargerId: string;
  tenantId: string;
  vendorId: string;
  messageId: string | null;
  data: string | null;
}

export interface DataTransferAnswer {
  status: 'Accepted' | 'Rejected' | 'UnknownMessageId' | 'UnknownVendorId';
  data?: string;
}

export type DataTransferHandler = (request: DataTransferRequest) => Promise<DataTransferAnswer>;

/**
 * Vendor extensions register here by vendorId (reverse DNS, OCPP 1.6 §4.3). A vendor nobody
 * registered gets UnknownVendorId, without data.
 */
export function createDataTransferRegistry() {
  const handlers = new Map<string, DataTransferHandler>();
  return {
    /** Returns an unregister function. */
    register(vendorId: string, handler: DataTransferHandler): () => void {
      handlers.set(vendorId, handler);
      return () => void (handlers.get(vendorId) === handler && handlers.delete(vendorId));
    },
    async handle(request: DataTransferRequest): Promise<DataTransferAnswer> {
      const handler = handlers.get(request.vendorId);
      return handler ? handler(request) : { status: 'UnknownVendorId' };
    },
  };
}

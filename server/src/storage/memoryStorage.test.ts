import { createMemoryStorage } from "./memoryStorage";
import { storageContractSuite } from "./storageContract";

storageContractSuite("in-memory", async () => createMemoryStorage());

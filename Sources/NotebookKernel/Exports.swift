// A notebook program imports only NotebookKernel; the engine and the plots come with it.
@_exported import TensorEngine
@_exported import Plotting
@_exported import Foundation
